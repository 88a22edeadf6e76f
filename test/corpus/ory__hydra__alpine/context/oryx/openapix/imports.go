// Import list of package openapix in oryx/openapix of ory/hydra (the import blocks of its non-test files; no code kept)
package openapix

import (
)
