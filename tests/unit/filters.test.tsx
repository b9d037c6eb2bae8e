// @vitest-environment jsdom
// The compare view's filters (components/compare/Filters.tsx) as a reader uses them: the search
// and year drafts, what reaches the address and when, and the drafts following the address when
// it changes from elsewhere (Back, Forward, a reset).
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Filters } from "@/components/compare/Filters";
import { defaultView, type ViewState } from "@/lib/url/compareUrl";

const push = vi.fn<(href: string) => void>();
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push }),
  usePathname: () => "/",
}));

const leaders = [
  { slug: "nicholas-ii", name: "Nicholas II", years: [1894, 1917] as const },
  { slug: "lenin", name: "Lenin", years: [1917, 1923] as const },
  { slug: "stalin", name: "Stalin", years: [1924, 1953] as const },
];
const categories = [
  { slug: "tools-of-power", name: "Tools of power" },
  { slug: "policy", name: "Policy" },
];
const mechanisms = [
  { slug: "censorship", name: "Censorship", category: "tools-of-power" },
  { slug: "secret-police", name: "Secret police", category: "tools-of-power" },
  { slug: "nep", name: "New Economic Policy", category: "policy" },
];

function ui(resolved: ViewState, query = "") {
  return (
    <NuqsTestingAdapter searchParams={query}>
      <Filters leaders={leaders} categories={categories} mechanisms={mechanisms} resolved={resolved} />
    </NuqsTestingAdapter>
  );
}
/** The query strings the filters navigated to, in order. */
const pushed = () => push.mock.calls.map(([href]) => new URL(href, "http://x").search);

beforeEach(() => {
  vi.useFakeTimers();
  push.mockClear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("search", () => {
  it("shows each keystroke at once and asks for the new view once typing pauses", () => {
    render(ui(defaultView));
    const search = screen.getByLabelText("Search");
    fireEvent.change(search, { target: { value: "Kron" } });
    fireEvent.change(search, { target: { value: "Kronstadt " } });
    expect(search).toHaveProperty("value", "Kronstadt ");
    expect(push).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(400));
    // One navigation, with the search trimmed.
    expect(pushed()).toEqual(["?q=Kronstadt"]);
  });

  it("keeps what is typed when the address catches up with it, and follows the address when it changes from elsewhere", () => {
    const { rerender } = render(ui(defaultView));
    const search = screen.getByLabelText("Search");
    fireEvent.change(search, { target: { value: "Kronstadt" } });
    act(() => vi.advanceTimersByTime(400));
    // The server's answer for q=Kronstadt arrives while the reader has typed on.
    fireEvent.change(search, { target: { value: "Kronstadt 1921" } });
    rerender(ui({ ...defaultView, q: "Kronstadt" }, "?q=Kronstadt"));
    expect(search).toHaveProperty("value", "Kronstadt 1921");
    // Back to a view without a search: the box empties.
    rerender(ui(defaultView));
    expect(search).toHaveProperty("value", "");
  });
});

describe("years", () => {
  it("are sent on Enter, not at each digit", () => {
    render(ui(defaultView));
    const from = screen.getByLabelText("From");
    fireEvent.change(from, { target: { value: "19" } });
    fireEvent.change(from, { target: { value: "1921" } });
    expect(push).not.toHaveBeenCalled();
    fireEvent.keyDown(from, { key: "Enter" });
    expect(pushed()).toEqual(["?from=1921"]);
  });

  it("are not sent when out of range or in the wrong order", () => {
    render(ui({ ...defaultView, from: 1920, to: 1930 }, "?from=1920&to=1930"));
    const from = screen.getByLabelText("From");
    fireEvent.change(from, { target: { value: "1800" } });
    fireEvent.blur(from);
    fireEvent.change(from, { target: { value: "1935" } });
    fireEvent.blur(from);
    expect(push).not.toHaveBeenCalled();
  });

  it("moving from From to To sends nothing; leaving the pair sends both, and a To still being typed survives the address catching up", () => {
    const { rerender } = render(ui(defaultView));
    const from = screen.getByLabelText("From");
    const to = screen.getByLabelText("To");
    fireEvent.change(from, { target: { value: "1920" } });
    fireEvent.blur(from, { relatedTarget: to });
    expect(push).not.toHaveBeenCalled();
    fireEvent.change(to, { target: { value: "1930" } });
    fireEvent.blur(to, { relatedTarget: document.body });
    expect(pushed()).toEqual(["?from=1920&to=1930"]);
    // The reader is back in To, typing, when the answer arrives: the draft stays.
    fireEvent.change(to, { target: { value: "193" } });
    rerender(ui({ ...defaultView, from: 1920, to: 1930 }, "?from=1920&to=1930"));
    expect(to).toHaveProperty("value", "193");
    expect(from).toHaveProperty("value", "1920");
  });

  it("an impossible range says so next to the fields and is not sent", () => {
    render(ui(defaultView));
    const from = screen.getByLabelText("From");
    const to = screen.getByLabelText("To");
    fireEvent.change(from, { target: { value: "1940" } });
    fireEvent.change(to, { target: { value: "1930" } });
    fireEvent.keyDown(to, { key: "Enter" });
    expect(push).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toBe("To (1930) is before From (1940): choose a later year.");
    expect(to.getAttribute("aria-invalid")).toBe("true");
  });

  it("follow the address when it changes from elsewhere", () => {
    const { rerender } = render(ui(defaultView));
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "19" } });
    rerender(ui({ ...defaultView, from: 1930 }, "?from=1930"));
    expect(screen.getByLabelText("From")).toHaveProperty("value", "1930");
  });
});

describe("leaders", () => {
  it("a new pair brings its own years, from the first one's start to the last one's end", () => {
    render(ui(defaultView));
    fireEvent.change(screen.getByLabelText("First leader"), { target: { value: "nicholas-ii" } });
    expect(pushed()).toEqual(["?a=nicholas-ii&from=1894"]);
  });
});

describe("category and mechanisms", () => {
  it("a new category clears the ticked mechanisms", () => {
    render(ui({ ...defaultView, m: ["censorship"] }, "?m=censorship"));
    fireEvent.change(screen.getByLabelText("Category"), { target: { value: "policy" } });
    expect(pushed()).toEqual(["?cat=policy"]);
  });

  it("ticked mechanisms go into the address in the dataset's order, whatever the order of the clicks", () => {
    render(ui(defaultView));
    fireEvent.click(screen.getByLabelText("Secret police"));
    expect(pushed()).toEqual(["?m=secret-police"]);
  });

  it("keeps the dataset's order when a second one is ticked", () => {
    render(ui({ ...defaultView, m: ["secret-police"] }, "?m=secret-police"));
    fireEvent.click(screen.getByLabelText("Censorship"));
    expect(pushed()).toEqual(["?m=censorship,secret-police"]);
  });
});
