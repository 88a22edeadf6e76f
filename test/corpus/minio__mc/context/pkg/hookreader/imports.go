// Import list of package hookreader in pkg/hookreader of minio/mc (the import blocks of its non-test files; no code kept)
package hookreader

import (
	_ "io"
)
