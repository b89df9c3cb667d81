// The slide's size in CSS pixels per aspect: what reveal.js lays a slide out at, and what a PNG or a .pptx is cut to.
export const SLIDE_SIZE = { '16:9': { width: 1920, height: 1080 }, '4:3': { width: 1440, height: 1080 } } as const;
