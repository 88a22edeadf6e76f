// Import list of package lightsail in providers/dns/lightsail of go-acme/lego (the import blocks of its non-test files; no code kept)
package lightsail

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/aws/aws-sdk-go-v2/aws"
	_ "github.com/aws/aws-sdk-go-v2/aws/retry"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/service/lightsail"
	_ "github.com/aws/aws-sdk-go-v2/service/lightsail/types"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "math/rand/v2"
	_ "strconv"
	_ "time"
)
