package de.landkreis.integrationsmonitor.reference;

/** A source of funding; {@link #LAND_IM} and {@link #LAND_IB} make up the Land's share. */
public enum FundingSource {
    LAND_IM, LAND_IB, KOMMUNE, BUND, SONSTIGE;

    public boolean isLand() {
        return this == LAND_IM || this == LAND_IB;
    }
}
