// Import list of package state in state of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package state

import (
	_ "encoding/json"
	_ "fmt"
	_ "go.etcd.io/bbolt"
)
