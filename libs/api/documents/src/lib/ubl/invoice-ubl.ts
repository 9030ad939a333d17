import { XMLBuilder } from 'fast-xml-parser';
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

/**
 * An element as the builder takes it: keys in document order (the UBL schema's sequence), a
 * string for a leaf, an array for a repeated element, `@name` for an attribute, `#text` for a
 * leaf that also has attributes. The builder escapes every text and attribute value.
 */
interface XmlElement {
  [name: string]: string | XmlElement | XmlElement[] | undefined;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: false,
  suppressEmptyNode: false,
  processEntities: true,
});

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and newlines): dropped, never escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function text(value: string): string {
  return value.replace(NOT_XML, '');
}

function amount(ore: number): XmlElement {
  return { '@currencyID': CURRENCY, '#text': oreToDecimal(ore) };
}

function address(value: PostalAddress): XmlElement {
  return {
    'cbc:StreetName': text(value.line1),
    'cbc:AdditionalStreetName': value.line2 ? text(value.line2) : undefined,
    'cbc:CityName': text(value.city),
    'cbc:PostalZone': text(value.postalCode),
    'cac:Country': { 'cbc:IdentificationCode': value.country },
  };
}

function vatCategory(ratePercent: number): XmlElement {
  return { 'cbc:ID': STANDARD_RATE, 'cbc:Percent': String(ratePercent), 'cac:TaxScheme': { 'cbc:ID': 'VAT' } };
}

function contact(name: string, phone: string | null, email: string | null): XmlElement {
  return {
    'cbc:Name': text(name),
    'cbc:Telephone': phone ? text(phone) : undefined,
    'cbc:ElectronicMail': email ? text(email) : undefined,
  };
}

function orgId(organisationNumber: string): XmlElement {
  return { '@schemeID': NORWEGIAN_ORG_SCHEME, '#text': organisationNumber };
}

function seller(party: SellerDetails): XmlElement {
  return {
    'cac:Party': {
      'cbc:EndpointID': orgId(party.organisationNumber),
      'cac:PartyName': { 'cbc:Name': text(party.name) },
      'cac:PostalAddress': address(party.address),
      'cac:PartyTaxScheme': [
        { 'cbc:CompanyID': `NO${party.organisationNumber}MVA`, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
        { 'cbc:CompanyID': FORETAKSREGISTERET, 'cac:TaxScheme': { 'cbc:ID': 'TAX' } },
      ],
      'cac:PartyLegalEntity': {
        'cbc:RegistrationName': text(party.legalName),
        'cbc:CompanyID': orgId(party.organisationNumber),
        'cbc:CompanyLegalForm': FORETAKSREGISTERET,
      },
      'cac:Contact': contact(party.name, party.phone, party.email),
    },
  };
}

function buyer(party: DocumentParty): XmlElement {
  return {
    'cac:Party': {
      'cbc:EndpointID': orgId(party.organisationNumber),
      'cac:PartyName': { 'cbc:Name': text(party.name) },
      'cac:PostalAddress': address(party.address),
      'cac:PartyLegalEntity': {
        'cbc:RegistrationName': text(party.name),
        'cbc:CompanyID': orgId(party.organisationNumber),
      },
      'cac:Contact': party.contact ? contact(party.contact.name, party.contact.phone, party.contact.email) : undefined,
    },
  };
}

/** BT-10: the buyer's PO reference, else the service case, the buyer's contact, or our order number. */
function buyerReference(doc: InvoiceDocument): string {
  return (
    doc.purchaseOrderReference ??
    doc.serviceCase?.number ??
    doc.buyer.contact?.name ??
    (doc.order ? String(doc.order.number) : doc.buyer.name)
  );
}

/**
 * The EHF (Peppol BIS Billing 3.0, UBL 2.1) of an invoice or credit note. Elements follow the
 * UBL schema's sequence; every amount goes through oreToDecimal. A credit note carries its
 * amounts as positive numbers and names the invoice it credits (BillingReference).
 */
export function renderInvoiceUbl(doc: InvoiceDocument): string {
  assertConsistentAmounts(doc.lines, doc.charges, doc.totals);
  const invoice = doc.kind === 'invoice';
  const [vat] = doc.totals.vatBreakdown;
  const chargesOre = doc.charges.reduce((sum, charge) => sum + charge.amountOre, 0);
  const body: XmlElement = {
    '@xmlns': invoice ? NS.invoice : NS.creditNote,
    '@xmlns:cac': NS.cac,
    '@xmlns:cbc': NS.cbc,
    'cbc:CustomizationID': CUSTOMIZATION_ID,
    'cbc:ProfileID': PROFILE_ID,
    'cbc:ID': String(doc.number),
    'cbc:IssueDate': doc.issueDate,
    'cbc:DueDate': invoice && doc.dueDate ? doc.dueDate : undefined,
    [invoice ? 'cbc:InvoiceTypeCode' : 'cbc:CreditNoteTypeCode']: invoice ? INVOICE_TYPE_CODE : CREDIT_NOTE_TYPE_CODE,
    'cbc:Note': doc.note ? text(doc.note) : undefined,
    'cbc:DocumentCurrencyCode': CURRENCY,
    // PEPPOL-EN16931-R003 wants a buyer reference or an order reference; we always give the first,
    // and the second whenever there is an order (a service invoice bills a case, and names it here).
    'cbc:BuyerReference': text(buyerReference(doc)),
    'cac:OrderReference': doc.order
      ? {
          // BT-13 is the buyer's PO number; "NA" is Peppol's placeholder when only our order number (BT-14) is known.
          'cbc:ID': doc.purchaseOrderReference ? text(doc.purchaseOrderReference) : 'NA',
          'cbc:SalesOrderID': String(doc.order.number),
        }
      : undefined,
    'cac:BillingReference': doc.credits
      ? {
          'cac:InvoiceDocumentReference': {
            'cbc:ID': String(doc.credits.number),
            'cbc:IssueDate': doc.credits.issueDate,
          },
        }
      : undefined,
    'cac:AccountingSupplierParty': seller(doc.seller),
    'cac:AccountingCustomerParty': buyer(doc.buyer),
    'cac:Delivery': doc.delivery
      ? {
          'cbc:ActualDeliveryDate': doc.delivery.date,
          'cac:DeliveryLocation': { 'cac:Address': address(doc.delivery.address) },
          'cac:DeliveryParty': doc.delivery.recipient
            ? { 'cac:PartyName': { 'cbc:Name': text(doc.delivery.recipient.name) } }
            : undefined,
        }
      : undefined,
    // A credit note is settled against the invoice it credits, not paid with a KID.
    'cac:PaymentMeans': invoice
      ? {
          'cbc:PaymentMeansCode': { '@name': 'Credit transfer', '#text': CREDIT_TRANSFER },
          'cbc:PaymentID': doc.kid,
          'cac:PayeeFinancialAccount': {
            'cbc:ID': doc.seller.bankAccount.iban,
            'cbc:Name': text(doc.seller.legalName),
            'cac:FinancialInstitutionBranch': { 'cbc:ID': doc.seller.bankAccount.bic },
          },
        }
      : undefined,
    // BR-CO-25: a positive amount due needs a due date or payment terms; a credit note has no due date.
    'cac:PaymentTerms': { 'cbc:Note': text(paymentTermsNote(doc)) },
    'cac:AllowanceCharge': doc.charges.map((charge) => ({
      'cbc:ChargeIndicator': 'true',
      'cbc:AllowanceChargeReasonCode': CHARGE_REASON_CODES[charge.kind],
      'cbc:AllowanceChargeReason': chargeLabel(charge.kind, doc.language),
      'cbc:Amount': amount(charge.amountOre),
      'cac:TaxCategory': vatCategory(vat.ratePercent),
    })),
    'cac:TaxTotal': {
      'cbc:TaxAmount': amount(doc.totals.vatOre),
      'cac:TaxSubtotal': {
        'cbc:TaxableAmount': amount(vat.taxableOre),
        'cbc:TaxAmount': amount(vat.vatOre),
        'cac:TaxCategory': vatCategory(vat.ratePercent),
      },
    },
    'cac:LegalMonetaryTotal': {
      'cbc:LineExtensionAmount': amount(doc.totals.netOre - chargesOre),
      'cbc:TaxExclusiveAmount': amount(doc.totals.netOre),
      'cbc:TaxInclusiveAmount': amount(doc.totals.grossOre),
      'cbc:ChargeTotalAmount': doc.charges.length > 0 ? amount(chargesOre) : undefined,
      'cbc:PayableAmount': amount(doc.totals.grossOre),
    },
    [invoice ? 'cac:InvoiceLine' : 'cac:CreditNoteLine']: doc.lines.map((line) => ({
      'cbc:ID': String(line.position),
      [invoice ? 'cbc:InvoicedQuantity' : 'cbc:CreditedQuantity']: {
        '@unitCode': UNIT_CODE,
        '#text': String(line.quantity),
      },
      'cbc:LineExtensionAmount': amount(line.lineTotalOre),
      'cac:Item': {
        'cbc:Name': text(line.description),
        'cac:SellersItemIdentification': line.sku ? { 'cbc:ID': text(line.sku) } : undefined,
        'cac:ClassifiedTaxCategory': vatCategory(vat.ratePercent),
      },
      'cac:Price': { 'cbc:PriceAmount': amount(line.unitPriceOre) },
    })),
  };
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ [invoice ? 'Invoice' : 'CreditNote']: body })}`;
}
