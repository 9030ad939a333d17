/**
 * A phone number as customers type it: an optional +, then 8 to 20 digits and spaces
 * (Norwegian numbers have 8 digits; international ones more). API and portal check the same.
 */
export const PHONE_PATTERN = /^\+?[0-9 ]{8,20}$/;
