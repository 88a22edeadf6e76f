// Import list of package version in pkg/version of stefanprodan/podinfo (the import blocks of its non-test files; no code kept)
package version

import (
)
