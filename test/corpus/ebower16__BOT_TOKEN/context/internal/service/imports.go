// Import list of package service in internal/service of ebower16/BOT_TOKEN (the import blocks of its non-test files; no code kept)
package service

import (
	_ "crypto/md5"
	_ "database/sql"
	_ "encoding/hex"
	_ "fmt"
	_ "strings"
	_ "sync"
	_ "time"
)
