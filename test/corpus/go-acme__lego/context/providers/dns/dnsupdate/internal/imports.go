// Import list of package internal in providers/dns/dnsupdate/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "bufio"
	_ "fmt"
	_ "os"
	_ "strings"
)
