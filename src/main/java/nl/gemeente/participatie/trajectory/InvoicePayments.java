package nl.gemeente.participatie.trajectory;

import java.math.BigDecimal;

/** Port to the municipality's payment of partner invoices (the financial administration). */
public interface InvoicePayments {

  String PARTNER = "Financiele administratie";

  void pay(String caseId, String partnerId, String invoiceNumber, BigDecimal amount);
}
