// Import list of package redis in pkg/modules/keyvalue/redis of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package redis

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/red"
	_ "context"
	_ "encoding/gob"
	_ "errors"
	_ "github.com/redis/go-redis/v9"
	_ "strings"
	_ "time"
)
