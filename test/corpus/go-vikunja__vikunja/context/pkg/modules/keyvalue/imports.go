// Import list of package keyvalue in pkg/modules/keyvalue of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package keyvalue

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/modules/keyvalue/memory"
	_ "code.vikunja.io/api/pkg/modules/keyvalue/redis"
	_ "time"
)
