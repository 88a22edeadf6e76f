// Import list of package iijdpf in providers/dns/iijdpf of go-acme/lego (the import blocks of its non-test files; no code kept)
package iijdpf

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "github.com/miekg/dns"
	_ "github.com/mimuret/golang-iij-dpf/pkg/api"
	_ "github.com/mimuret/golang-iij-dpf/pkg/apis/dpf/v1/zones"
	_ "github.com/mimuret/golang-iij-dpf/pkg/apiutils"
	_ "github.com/mimuret/golang-iij-dpf/pkg/types"
	_ "time"
)
