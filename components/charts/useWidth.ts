"use client";
import { useEffect, useRef, useState } from "react";

/**
 * The width of an element, followed as it changes: a chart sizes its labels and ticks to it, so
 * the same chart reads in a 320 px phone, a 720 px blog column and a wide page alike.
 */
export function useWidth<T extends HTMLElement>(initial = 720) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
