// Import list of package pointerx in oryx/pointerx of ory/hydra (the import blocks of its non-test files; no code kept)
package pointerx

import (
)
