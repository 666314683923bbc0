package nl.zelfhulpwijzer.referrals;

/** Of whom follow-up questions may be asked (the zelfbindingscontract of the handbook, 002). */
public enum ConsentFrom {
    CLIENT, GROUP_CONTACT
}
