/**
 * The GitHub Actions workflows: valid workflow files (checked against the workflow schema by
 * @action-validator/core, which ships as WebAssembly in its npm package: nothing is downloaded), running the
 * tests on every pull request and deploying main to GitHub Pages with the address Pages gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = path.resolve(import.meta.dirname, '../../.github/workflows');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}
const workflow = (name: string) => parse(read(name)) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const errors = (yaml: string) => validateWorkflow(yaml).errors.map((error) => error.title);

describe('workflow files', () => {
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));

  it.each(files)('%s is a valid GitHub Actions workflow', (name) => {
    expect(errors(read(name))).toEqual([]);
  });

  it('the validator refuses a broken workflow (so the check above can fail)', () => {
    expect(errors(read('test.yml').replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest'))).not.toEqual([]);
    expect(errors('name: x\non: push\njobs: {}\n')).not.toEqual([]);
  });
});

describe('tests', () => {
  const flow = workflow('test.yml');

  it('run npm test on every pull request and on main, with the Node version of .nvmrc', () => {
    expect(Object.keys(flow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(steps(flow).find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.nvmrc');
    const runs = steps(flow).map((step) => step.run?.trim());
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.findIndex((run) => run?.startsWith('npm ci')));
  });
});

describe('deploy', () => {
  const flow = workflow('deploy.yml');
  const all = steps(flow);

  it('publishes main to GitHub Pages', () => {
    expect(flow.on.push?.branches).toEqual(['main']);
    expect(all.map((step) => step.uses?.replace(/@.*/, ''))).toEqual(
      expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']),
    );
    expect(all.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
  });

  it('builds a release for the address Pages gives the site', () => {
    const pages = all.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    const build = all.find((step) => step.run?.trim() === 'npm run build:release');
    expect(build?.env?.SITE_URL).toBe(`\${{ steps.${pages?.id}.outputs.base_url }}`);
    expect(all.indexOf(build!)).toBeGreaterThan(all.indexOf(pages!));
  });
});
