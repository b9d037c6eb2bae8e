import { NO_STORE_META } from "@/lib/cache/noStore";

/** Tells the response cache not to keep this page (React hoists the tag into <head>). */
export function NoStore() {
  return <meta name={NO_STORE_META.name} content={NO_STORE_META.content} />;
}
