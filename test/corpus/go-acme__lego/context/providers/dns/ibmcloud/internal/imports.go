// Import list of package internal in providers/dns/ibmcloud/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "fmt"
	_ "github.com/softlayer/softlayer-go/datatypes"
	_ "github.com/softlayer/softlayer-go/services"
	_ "github.com/softlayer/softlayer-go/session"
	_ "github.com/softlayer/softlayer-go/sl"
	_ "strings"
)
