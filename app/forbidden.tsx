import { MessagePage } from "@/components/ui/message-page";

export default function Forbidden() {
  return <MessagePage title="Not allowed" lead="Your account cannot open this page." />;
}
