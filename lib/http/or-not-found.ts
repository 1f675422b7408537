// For pages: a data function's NotFoundError becomes Next's 404 page (revealing nothing); any
// other error goes on to the error page.
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
