import { MessagePage } from "@/components/ui/message-page";

export default function NotFound() {
  return <MessagePage title="Not found" lead="There is nothing at this address, or you are not allowed to see it." />;
}
