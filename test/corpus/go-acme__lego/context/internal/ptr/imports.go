// Import list of package ptr in internal/ptr of go-acme/lego (the import blocks of its non-test files; no code kept)
package ptr

import (
)
