// Replaced by the folio build tests.
