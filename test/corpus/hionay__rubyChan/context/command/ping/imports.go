// Import list of package ping in command/ping of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package ping

import (
	_ "context"
	_ "fmt"
	_ "log"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "time"
)
