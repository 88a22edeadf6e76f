// Import list of package version in version of docker/buildx (the import blocks of its non-test files; no code kept)
package version

import (
)
