import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { assertConsistentAmounts } from '../document-checks';
import type { DocumentCharge, DocumentParty, InvoiceDocument, PostalAddress, SellerDetails } from '../document-model';
import { chargeLabel, paymentTermsNote } from '../document-texts';
import { oreToDecimal } from '../money-format';

const NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

/** Peppol BIS Billing 3.0: the specification and the billing process (P1). */
const CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
/** ICD 0192: the Norwegian organisation number (Enhetsregisteret). */
const NORWEGIAN_ORG_SCHEME = '0192';
const CURRENCY = 'NOK';
/** UNCL 1001: commercial invoice, credit note. */
const INVOICE_TYPE_CODE = '380';
const CREDIT_NOTE_TYPE_CODE = '381';
/** UNCL 4461: credit transfer (a bank payment with the KID). */
const CREDIT_TRANSFER = '30';
/** UN/ECE Rec. 20: one piece. */
const UNIT_CODE = 'EA';
/** UNCL 5305: standard rate. */
const STANDARD_RATE = 'S';
/** UNCL 7161 charge reasons: freight service; special handling (bulky goods by freight forwarder). */
const CHARGE_REASON_CODES: Record<DocumentCharge['kind'], string> = { shipping: 'FC', bulky_surcharge: 'SH' };
/** "Foretaksregisteret" must appear on an AS's sales documents (foretaksregisterloven § 10-2; NO-R-002). */
const FORETAKSREGISTERET = 'Foretaksregisteret';

function cbc(parent: XMLBuilder, name: string, text: string, attributes?: Record<string, string>): XMLBuilder {
  return parent.ele(NS.cbc, `cbc:${name}`, attributes).txt(text).up();
}

function cac(parent: XMLBuilder, name: string): XMLBuilder {
  return parent.ele(NS.cac, `cac:${name}`);
}

function amount(parent: XMLBuilder, name: string, ore: number): void {
  cbc(parent, name, oreToDecimal(ore), { currencyID: CURRENCY });
}

function address(parent: XMLBuilder, name: 'PostalAddress' | 'Address', value: PostalAddress): void {
  const node = cac(parent, name);
  cbc(node, 'StreetName', value.line1);
  if (value.line2) cbc(node, 'AdditionalStreetName', value.line2);
  cbc(node, 'CityName', value.city);
  cbc(node, 'PostalZone', value.postalCode);
  cbc(cac(node, 'Country'), 'IdentificationCode', value.country);
}

function vatCategory(parent: XMLBuilder, name: 'TaxCategory' | 'ClassifiedTaxCategory', ratePercent: number): void {
  const node = cac(parent, name);
  cbc(node, 'ID', STANDARD_RATE);
  cbc(node, 'Percent', String(ratePercent));
  cbc(cac(node, 'TaxScheme'), 'ID', 'VAT');
}

function contact(parent: XMLBuilder, name: string, phone: string | null, email: string | null): void {
  const node = cac(parent, 'Contact');
  cbc(node, 'Name', name);
  if (phone) cbc(node, 'Telephone', phone);
  if (email) cbc(node, 'ElectronicMail', email);
}

function seller(root: XMLBuilder, party: SellerDetails): void {
  const node = cac(cac(root, 'AccountingSupplierParty'), 'Party');
  cbc(node, 'EndpointID', party.organisationNumber, { schemeID: NORWEGIAN_ORG_SCHEME });
  cbc(cac(node, 'PartyName'), 'Name', party.name);
  address(node, 'PostalAddress', party.address);
  const vat = cac(node, 'PartyTaxScheme');
  cbc(vat, 'CompanyID', `NO${party.organisationNumber}MVA`);
  cbc(cac(vat, 'TaxScheme'), 'ID', 'VAT');
  const register = cac(node, 'PartyTaxScheme');
  cbc(register, 'CompanyID', FORETAKSREGISTERET);
  cbc(cac(register, 'TaxScheme'), 'ID', 'TAX');
  const legal = cac(node, 'PartyLegalEntity');
  cbc(legal, 'RegistrationName', party.legalName);
  cbc(legal, 'CompanyID', party.organisationNumber, { schemeID: NORWEGIAN_ORG_SCHEME });
  cbc(legal, 'CompanyLegalForm', FORETAKSREGISTERET);
  contact(node, party.name, party.phone, party.email);
}

function buyer(root: XMLBuilder, party: DocumentParty): void {
  const node = cac(cac(root, 'AccountingCustomerParty'), 'Party');
  cbc(node, 'EndpointID', party.organisationNumber, { schemeID: NORWEGIAN_ORG_SCHEME });
  cbc(cac(node, 'PartyName'), 'Name', party.name);
  address(node, 'PostalAddress', party.address);
  const legal = cac(node, 'PartyLegalEntity');
  cbc(legal, 'RegistrationName', party.name);
  cbc(legal, 'CompanyID', party.organisationNumber, { schemeID: NORWEGIAN_ORG_SCHEME });
  if (party.contact) contact(node, party.contact.name, party.contact.phone, party.contact.email);
}

/**
 * The EHF (Peppol BIS Billing 3.0, UBL 2.1) of an invoice or credit note. Elements follow the
 * UBL schema's sequence; every amount goes through oreToDecimal. A credit note carries the
 * same amounts as positive numbers and names the invoice it credits (BillingReference).
 */
export function renderInvoiceUbl(doc: InvoiceDocument): string {
  assertConsistentAmounts(doc.lines, doc.charges, doc.totals);
  const invoice = doc.kind === 'invoice';
  const root = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(invoice ? NS.invoice : NS.creditNote, invoice ? 'Invoice' : 'CreditNote')
    .att('xmlns:cac', NS.cac)
    .att('xmlns:cbc', NS.cbc);
  cbc(root, 'CustomizationID', CUSTOMIZATION_ID);
  cbc(root, 'ProfileID', PROFILE_ID);
  cbc(root, 'ID', String(doc.number));
  cbc(root, 'IssueDate', doc.issueDate);
  if (invoice && doc.dueDate) cbc(root, 'DueDate', doc.dueDate);
  cbc(root, invoice ? 'InvoiceTypeCode' : 'CreditNoteTypeCode', invoice ? INVOICE_TYPE_CODE : CREDIT_NOTE_TYPE_CODE);
  if (doc.note) cbc(root, 'Note', doc.note);
  cbc(root, 'DocumentCurrencyCode', CURRENCY);
  // PEPPOL-EN16931-R003 wants a buyer reference or an order reference; we always give both.
  cbc(root, 'BuyerReference', doc.purchaseOrderReference ?? doc.buyer.contact?.name ?? String(doc.order.number));
  const order = cac(root, 'OrderReference');
  // BT-13 is the buyer's PO number; "NA" is Peppol's placeholder when only our order number (BT-14) is known.
  cbc(order, 'ID', doc.purchaseOrderReference ?? 'NA');
  cbc(order, 'SalesOrderID', String(doc.order.number));
  if (doc.credits) {
    const credited = cac(cac(root, 'BillingReference'), 'InvoiceDocumentReference');
    cbc(credited, 'ID', String(doc.credits.number));
    cbc(credited, 'IssueDate', doc.credits.issueDate);
  }
  seller(root, doc.seller);
  buyer(root, doc.buyer);
  if (doc.delivery) {
    const delivery = cac(root, 'Delivery');
    cbc(delivery, 'ActualDeliveryDate', doc.delivery.date);
    address(cac(delivery, 'DeliveryLocation'), 'Address', doc.delivery.address);
    if (doc.delivery.recipient) cbc(cac(cac(delivery, 'DeliveryParty'), 'PartyName'), 'Name', doc.delivery.recipient.name);
  }
  if (invoice) {
    const means = cac(root, 'PaymentMeans');
    cbc(means, 'PaymentMeansCode', CREDIT_TRANSFER, { name: 'Credit transfer' });
    cbc(means, 'PaymentID', doc.kid);
    const account = cac(means, 'PayeeFinancialAccount');
    cbc(account, 'ID', doc.seller.bankAccount.iban);
    cbc(account, 'Name', doc.seller.legalName);
    cbc(cac(account, 'FinancialInstitutionBranch'), 'ID', doc.seller.bankAccount.bic);
  }
  // BR-CO-25: a positive amount due needs a due date or payment terms; a credit note has no due date.
  cbc(cac(root, 'PaymentTerms'), 'Note', paymentTermsNote(doc));
  const [vat] = doc.totals.vatBreakdown;
  for (const charge of doc.charges) {
    const node = cac(root, 'AllowanceCharge');
    cbc(node, 'ChargeIndicator', 'true');
    cbc(node, 'AllowanceChargeReasonCode', CHARGE_REASON_CODES[charge.kind]);
    cbc(node, 'AllowanceChargeReason', chargeLabel(charge.kind, doc.language));
    amount(node, 'Amount', charge.amountOre);
    vatCategory(node, 'TaxCategory', vat.ratePercent);
  }
  const taxTotal = cac(root, 'TaxTotal');
  amount(taxTotal, 'TaxAmount', doc.totals.vatOre);
  const subtotal = cac(taxTotal, 'TaxSubtotal');
  amount(subtotal, 'TaxableAmount', vat.taxableOre);
  amount(subtotal, 'TaxAmount', vat.vatOre);
  vatCategory(subtotal, 'TaxCategory', vat.ratePercent);
  const chargesOre = doc.charges.reduce((sum, charge) => sum + charge.amountOre, 0);
  const monetary = cac(root, 'LegalMonetaryTotal');
  amount(monetary, 'LineExtensionAmount', doc.totals.netOre - chargesOre);
  amount(monetary, 'TaxExclusiveAmount', doc.totals.netOre);
  amount(monetary, 'TaxInclusiveAmount', doc.totals.grossOre);
  if (doc.charges.length > 0) amount(monetary, 'ChargeTotalAmount', chargesOre);
  amount(monetary, 'PayableAmount', doc.totals.grossOre);
  for (const line of doc.lines) {
    const node = cac(root, invoice ? 'InvoiceLine' : 'CreditNoteLine');
    cbc(node, 'ID', String(line.position));
    cbc(node, invoice ? 'InvoicedQuantity' : 'CreditedQuantity', String(line.quantity), { unitCode: UNIT_CODE });
    amount(node, 'LineExtensionAmount', line.lineTotalOre);
    const item = cac(node, 'Item');
    cbc(item, 'Name', line.description);
    if (line.sku) cbc(cac(item, 'SellersItemIdentification'), 'ID', line.sku);
    vatCategory(item, 'ClassifiedTaxCategory', vat.ratePercent);
    amount(cac(node, 'Price'), 'PriceAmount', line.unitPriceOre);
  }
  return root.end({ prettyPrint: false });
}
