// Import list of package health in health of ory/hydra (the import blocks of its non-test files; no code kept)
package health

import (
)
