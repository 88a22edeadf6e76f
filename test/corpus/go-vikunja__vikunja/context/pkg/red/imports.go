// Import list of package red in pkg/red of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package red

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "context"
	_ "github.com/redis/go-redis/v9"
)
