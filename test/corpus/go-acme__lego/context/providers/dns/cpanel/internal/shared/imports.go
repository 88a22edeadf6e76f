// Import list of package shared in providers/dns/cpanel/internal/shared of go-acme/lego (the import blocks of its non-test files; no code kept)
package shared

import (
)
