// The site's internal link: next/link without prefetching. Every page here is rendered per
// request, so a prefetch brings only the route tree and metadata, not the page, and the click
// still waits for the render; yet each prefetch is a render on the server that the response cache
// cannot answer. A page view made 7 to 13 of them (about 5 ms of the server's time each, against
// well under 1 ms for the page itself from the cache).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
