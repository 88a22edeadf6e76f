// Import list of package x in oryx of ory/hydra (the import blocks of its non-test files; no code kept)
package x

import (
)
