// Import list of package acme in acme of go-acme/lego (the import blocks of its non-test files; no code kept)
package acme

import (
	_ "encoding/json"
	_ "fmt"
	_ "strings"
	_ "time"
)
