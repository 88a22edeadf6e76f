// Import list of package integration in fosite/integration of ory/hydra (the import blocks of its non-test files; no code kept)
package integration

import (
)
