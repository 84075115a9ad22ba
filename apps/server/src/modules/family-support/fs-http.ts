import { z } from "zod";
import { ErrorBody } from "@aldyn/contract";

/** The error answers every family-support route may give (the closed set of errors.ts). */
export const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
export const IdParams = z.object({ id: z.uuid() });
