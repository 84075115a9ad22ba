import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/links.tsx";

/** A link to a family's page (001 Art. 54(1): persons (families)), from the centre's lists. */
export function FamilyLink({ familyId, label }: { familyId: string; label?: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/families/$familyId" params={{ familyId }} size="sm" data-testid="fs-family-link">
      {label ?? t("familySupport.openFamily")}
    </AnchorLink>
  );
}
