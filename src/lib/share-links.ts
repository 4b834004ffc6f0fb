/**
 * Share addresses for the apps Lao readers use. They are plain links: nothing is requested from Facebook or
 * WhatsApp until the reader taps one.
 */
export interface ShareLinks {
  facebook: string;
  whatsapp: string;
}

export function shareLinks(url: string, title: string): ShareLinks {
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
  };
}
