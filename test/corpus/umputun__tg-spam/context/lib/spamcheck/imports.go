// Import list of package spamcheck in lib/spamcheck of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package spamcheck

import (
	_ "container/ring"
	_ "fmt"
	_ "strings"
	_ "sync"
)
