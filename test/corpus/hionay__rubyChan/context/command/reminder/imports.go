// Import list of package reminder in command/reminder of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package reminder

import (
	_ "context"
	_ "fmt"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "maunium.net/go/mautrix/id"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
