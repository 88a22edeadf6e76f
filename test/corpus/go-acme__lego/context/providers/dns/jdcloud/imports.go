// Import list of package jdcloud in providers/dns/jdcloud of go-acme/lego (the import blocks of its non-test files; no code kept)
package jdcloud

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/jdcloud-sdk-go/core"
	_ "github.com/go-acme/jdcloud-sdk-go/services/domainservice/apis"
	_ "github.com/go-acme/jdcloud-sdk-go/services/domainservice/client"
	_ "github.com/go-acme/jdcloud-sdk-go/services/domainservice/models"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "strconv"
	_ "sync"
	_ "time"
)
