// The one module that makes and compares validators (lib/server/conditional.ts): every tag here is
// checked against a known value or against a different body, so a broken hash or comparison fails.
import { describe, expect, it } from "vitest";
import { isNotModified, strongEtag } from "@/lib/server/conditional";

const ok = (etag: string, cacheControl = "public, max-age=300") => ({ status: 200, etag, cacheControl });

describe("strongEtag", () => {
  it("is a strong tag of the exact bytes: length and SHA-1 of the body", () => {
    // "abc": 3 bytes, SHA-1 a9993e36... in base64 without padding.
    expect(strongEtag(Buffer.from("abc"))).toBe('"3-qZk+NkcGgWq6PiVxeFDCbJzQ2J0"');
    expect(strongEtag(Buffer.from("abc"))).not.toMatch(/^W\//);
  });

  it("tells apart bodies that differ in one byte, or only in their encoding as text", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // What decoding the PNG as UTF-8 and encoding it again gives: the bug a text round trip made.
    const mangled = Buffer.from(png.toString("utf8"), "utf8");
    expect(mangled.equals(png)).toBe(false);
    expect(strongEtag(mangled)).not.toBe(strongEtag(png));
    expect(strongEtag(Buffer.from("abd"))).not.toBe(strongEtag(Buffer.from("abc")));
  });
});

describe("isNotModified", () => {
  const tag = strongEtag(Buffer.from("the page"));
  const other = strongEtag(Buffer.from("another page"));

  it.each([
    [tag, true],
    [`W/${tag}`, true],
    [`${other}, ${tag}`, true],
    ["*", true],
    [other, false],
    ['"3-qZk+NkcGgWq6PiVxeFDCbJzQ2J0"', false],
  ])("If-None-Match: %s → %s", (header, expected) => {
    expect(isNotModified({ "if-none-match": header }, ok(tag))).toBe(expected);
  });

  it("is false without If-None-Match, even with If-Modified-Since (answers carry no Last-Modified)", () => {
    expect(isNotModified({}, ok(tag))).toBe(false);
    expect(isNotModified({ "if-modified-since": new Date().toUTCString() }, ok(tag))).toBe(false);
  });

  it("is false when the client asks for a fresh copy (Cache-Control: no-cache)", () => {
    expect(isNotModified({ "if-none-match": tag, "cache-control": "no-cache" }, ok(tag))).toBe(false);
  });

  it("is false for anything but a success: a 404 or a 503 is never 'not modified'", () => {
    expect(isNotModified({ "if-none-match": tag }, { ...ok(tag), status: 404 })).toBe(false);
    expect(isNotModified({ "if-none-match": tag }, { ...ok(tag), status: 503 })).toBe(false);
  });
});
