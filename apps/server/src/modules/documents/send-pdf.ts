import type { FastifyReply } from "fastify";

/**
 * Sends a rendered form as a download: a route of another module (measures, register) renders a form
 * and returns `sendPdf(reply, buffer, "official-warning-OW-1.pdf")`. The file name is reduced to safe
 * ASCII so it cannot break the header.
 */
export function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string): FastifyReply {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 120) || "document.pdf";
  return reply
    .header("Content-Type", "application/pdf")
    .header("Content-Disposition", `attachment; filename="${safe}"`)
    .header("X-Content-Type-Options", "nosniff")
    .header("Cache-Control", "no-store")
    .send(pdf);
}
