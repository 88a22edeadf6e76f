// Import list of package stringslice in oryx/stringslice of ory/hydra (the import blocks of its non-test files; no code kept)
package stringslice

import (
)
