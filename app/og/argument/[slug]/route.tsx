// The preview image of a step of the argument (/argument/<slug>): its number, title and stance,
// so a step shared alone says what it is. Drawn in the preview worker like /og.
import { stanceLabel } from "@/lib/argument/stanceLabel";
import { getArgumentStep } from "@/lib/queries/argument";
import { withDatabase } from "@/lib/queries/withDatabase";
import { drawCard, pngAnswer } from "@/lib/server/previewCard";
import { leaderColors } from "@/lib/theme/leaderColors";

type Context = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  const loaded = await withDatabase(() => getArgumentStep(slug));
  if (loaded.ok && loaded.data === null) return new Response("No such step", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const found = loaded.ok ? loaded.data : null;
  const heading = found ? `Step ${found.number} of ${found.total} · ${stanceLabel(found.step.stance)}` : "The argument, step by step";
  const title = found ? found.step.title : "Lenin vs Stalin: the continuity debate";
  const png = await drawCard(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#fafaf9", color: "#1c1917", padding: 64, fontFamily: "DejaVu Sans" }}>
        <div style={{ display: "flex", fontSize: 34, color: "#57534e" }}>
          <span style={{ color: leaderColors.light.a, fontWeight: 700 }}>Lenin</span>
          <span style={{ margin: "0 14px" }}>vs</span>
          <span style={{ color: leaderColors.light.b, fontWeight: 700 }}>Stalin</span>
          <span style={{ marginLeft: 24 }}>· the argument, step by step</span>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 32, fontWeight: 700, color: "#0f766e", marginBottom: 16 }}>{heading}</div>
          <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.15 }}>{title.slice(0, 110)}</div>
        </div>
        <div style={{ display: "flex", fontSize: 26, color: "#57534e" }}>What the essay claims, what the evidence shows, what historians dispute</div>
      </div>
    ),
  );
  return pngAnswer(png, loaded.ok);
}
