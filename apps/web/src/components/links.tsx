import { Anchor, Button, type AnchorProps, type ButtonProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import { forwardRef, type AnchorHTMLAttributes } from "react";

// Mantine's Anchor and Button as typed router links: `to` and `params` are checked against the
// route tree (Mantine's polymorphic `component={Link}` loses those types).
type AnchorAttrs = AnchorHTMLAttributes<HTMLAnchorElement>;

const AnchorBase = forwardRef<HTMLAnchorElement, AnchorProps & AnchorAttrs>(function AnchorBase(props, ref) {
  return <Anchor component="a" ref={ref} {...props} />;
});
const ButtonBase = forwardRef<HTMLAnchorElement, ButtonProps & AnchorAttrs>(function ButtonBase(props, ref) {
  return <Button component="a" ref={ref} {...props} />;
});

export const AnchorLink = createLink(AnchorBase);
export const ButtonLink = createLink(ButtonBase);
