// Import list of package poll in command/poll of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package poll

import (
	_ "context"
	_ "fmt"
	_ "log"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "strconv"
	_ "strings"
	_ "time"
)
