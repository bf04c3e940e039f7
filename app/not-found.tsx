import { NotFoundMessage } from "@/components/not-found/not-found-message";

/** Static on purpose: it is sent with every page, so reading the request here would make every page dynamic. */
export default function NotFound() {
  return <NotFoundMessage />;
}
