// Import list of package waitmap in util/waitmap of docker/buildx (the import blocks of its non-test files; no code kept)
package waitmap

import (
	_ "context"
	_ "sync"
)
