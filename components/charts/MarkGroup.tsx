"use client";
// A group of chart marks that is one tab stop: Tab enters the group on one mark, the arrow keys
// (and Home/End) move between marks, and the mark in focus — or the last one tapped — is said in
// words under the track, so who gives which estimate is readable on a phone and without a mouse.
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type Mark = { said: string; className: string; style: React.CSSProperties };

export function MarkGroup({ label, marks, children }: { label: string; marks: Mark[]; children?: ReactNode }) {
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const focus = (i: number) => {
    const next = (i + marks.length) % marks.length;
    setActive(next);
    setShown(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowDown: active + 1, ArrowLeft: active - 1, ArrowUp: active - 1, Home: 0, End: marks.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      focus(moves[e.key]!);
    }
  };
  return (
    <div role="group" aria-label={label} onKeyDown={onKeyDown}>
      <span className="figures-track">
        {marks.map((m, i) => (
          <button
            key={i}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            tabIndex={i === active ? 0 : -1}
            aria-label={m.said}
            aria-pressed={shown === i}
            className={`figures-hit ${m.className}`}
            style={m.style}
            onFocus={() => {
              setActive(i);
              setShown(i);
            }}
            onClick={() => setShown(i)}
          />
        ))}
      </span>
      <p className="figures-said" aria-live="polite">
        {shown === null ? children : marks[shown]!.said}
      </p>
    </div>
  );
}
